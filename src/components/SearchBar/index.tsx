import { Input, Text, View } from '@tarojs/components'
import './index.scss'

interface Props {
  /** the input's id; its buttons are `${id}-clear` and `${id}-submit` (tests and e2e find them by it) */
  id: string
  placeholder: string
  text: string
  onType: (text: string) => void
  /** Enter / 搜索: search now */
  onSubmit: () => void
  onClear: () => void
}

/** The search box on a tab's blue header: the caller searches as typing pauses; Enter or 搜索 searches at once. */
export default function SearchBar({ id, placeholder, text, onType, onSubmit, onClear }: Props) {
  return (
    <View className='search-bar'>
      <View className='search-bar__box'>
        <Input
          id={id}
          className='search-bar__input'
          value={text}
          placeholder={placeholder}
          placeholderClass='search-bar__placeholder'
          confirmType='search'
          maxlength={40}
          onInput={(e) => onType(e.detail.value)}
          onConfirm={onSubmit}
        />
        {text !== '' && (
          <Text id={`${id}-clear`} className='search-bar__clear' aria-label='清除' onClick={onClear}>
            ×
          </Text>
        )}
      </View>
      <Text id={`${id}-submit`} className='search-bar__button' onClick={onSubmit}>
        搜索
      </Text>
    </View>
  )
}
