import { Input, Text, View } from '@tarojs/components'

interface Props {
  text: string
  onType: (text: string) => void
  onSubmit: () => void
  onClear: () => void
}

/** The search box over titles and text: searches as typing pauses, Enter or 搜索 at once. */
export default function SearchBar({ text, onType, onSubmit, onClear }: Props) {
  return (
    <View className='circle-search'>
      <View className='circle-search__box'>
        <Input
          id='circle-search'
          className='circle-search__input'
          value={text}
          placeholder='搜索供需信息的标题或内容'
          placeholderClass='circle-search__placeholder'
          confirmType='search'
          maxlength={40}
          onInput={(e) => onType(e.detail.value)}
          onConfirm={onSubmit}
        />
        {text !== '' && (
          <Text id='circle-search-clear' className='circle-search__clear' aria-label='清除' onClick={onClear}>
            ×
          </Text>
        )}
      </View>
      <Text id='circle-search-submit' className='circle-search__button' onClick={onSubmit}>
        搜索
      </Text>
    </View>
  )
}
